// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.06280699977) q[0];
ry(pi*-0.228101414922) q[1];
ry(pi*-0.327270601083) q[2];
ry(pi*-0.197940798394) q[3];
ry(pi*-0.176602509545) q[4];
ry(pi*-0.26557494424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053300552755) q[0];
ry(pi*-0.230835103274) q[1];
ry(pi*-0.024209216572) q[2];
ry(pi*-0.069292918946) q[3];
ry(pi*-0.037531555095) q[4];
ry(pi*0.013998549781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009178348917) q[0];
ry(pi*0.029696668814) q[1];
ry(pi*0.138234785142) q[2];
ry(pi*-0.07593487) q[3];
ry(pi*-0.175603784106) q[4];
ry(pi*0.189291350394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004379006514) q[0];
ry(pi*-0.000281474497) q[1];
ry(pi*-0.107929387577) q[2];
ry(pi*-0.31198683856) q[3];
ry(pi*-0.038499504365) q[4];
ry(pi*-0.396980232717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014005755867) q[0];
ry(pi*-0.071725784897) q[1];
ry(pi*-0.122034430205) q[2];
ry(pi*-0.169469761967) q[3];
ry(pi*-0.146232082887) q[4];
ry(pi*0.002594232727) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
