// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-7.1097269e-05) q[0];
rx(pi*0.001876853719) q[1];
rx(pi*-0.002513400818) q[2];
rx(pi*0.003102151266) q[3];
rx(pi*-3.6454738e-05) q[4];
rx(pi*0.002851681945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.007164343724) q[0];
rx(pi*0.001021921994) q[1];
rx(pi*-0.006083862937) q[2];
rx(pi*-0.00958820592) q[3];
rx(pi*-0.000880648395) q[4];
rx(pi*-0.002861281266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.0605493e-05) q[0];
rx(pi*0.012000019828) q[1];
rx(pi*-0.002452262176) q[2];
rx(pi*-0.002227182986) q[3];
rx(pi*0.000604958289) q[4];
rx(pi*0.004907766023) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000489331917) q[0];
rx(pi*-0.001653289829) q[1];
rx(pi*0.004698298292) q[2];
rx(pi*0.002837150599) q[3];
rx(pi*-0.00895539838) q[4];
rx(pi*-2.4524375e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000151093664) q[0];
rx(pi*-0.003109105075) q[1];
rx(pi*0.000826155996) q[2];
rx(pi*-0.002730960426) q[3];
rx(pi*0.003094184491) q[4];
rx(pi*0.000613529302) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
