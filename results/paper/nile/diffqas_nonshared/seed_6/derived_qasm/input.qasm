// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115838509476) q[0];
rx(pi*-0.256640582486) q[1];
rx(pi*0.12811553735) q[2];
rx(pi*0.056266012193) q[3];
rx(pi*0.044836942818) q[4];
rx(pi*0.006718469924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.414166468543) q[0];
rx(pi*-0.327754899441) q[1];
rx(pi*0.083696844012) q[2];
rx(pi*0.048600775478) q[3];
rx(pi*0.04793929063) q[4];
rx(pi*0.005264859223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.188678151188) q[0];
rx(pi*-0.208153752587) q[1];
rx(pi*0.124813197805) q[2];
rx(pi*0.057452107744) q[3];
rx(pi*0.052863823819) q[4];
rx(pi*-0.006218469839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.647207628055) q[0];
rx(pi*-0.365512678464) q[1];
rx(pi*0.078980171503) q[2];
rx(pi*0.066485791832) q[3];
rx(pi*0.045354709103) q[4];
rx(pi*-0.004667351962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.12916747186) q[0];
rx(pi*-0.259464201662) q[1];
rx(pi*0.12586365244) q[2];
rx(pi*0.064485585163) q[3];
rx(pi*0.051979660575) q[4];
rx(pi*0.00016764998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
