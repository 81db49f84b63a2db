// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.736267630835) q[0];
rx(pi*1.602960400292) q[1];
rx(pi*0.398323161744) q[2];
rx(pi*0.020376847232) q[3];
rx(pi*1.977127573508) q[4];
rx(pi*1.981753584742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.488644938255) q[0];
rx(pi*0.499013962271) q[1];
rx(pi*1.542438094057) q[2];
rx(pi*1.608780025029) q[3];
rx(pi*0.877611537692) q[4];
rx(pi*1.466278904518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.910113703704) q[0];
rx(pi*1.608880808265) q[1];
rx(pi*0.895181819877) q[2];
rx(pi*1.731114025433) q[3];
rx(pi*0.645807666948) q[4];
rx(pi*0.12353971852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013712851031) q[0];
rx(pi*1.590189767928) q[1];
rx(pi*0.5039483186) q[2];
rx(pi*0.812320241596) q[3];
rx(pi*1.394689415097) q[4];
rx(pi*0.045789592939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.029370676059) q[0];
rx(pi*0.242438285554) q[1];
rx(pi*0.250166265145) q[2];
rx(pi*1.140957905042) q[3];
rx(pi*1.461278143571) q[4];
rx(pi*0.723135274181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
