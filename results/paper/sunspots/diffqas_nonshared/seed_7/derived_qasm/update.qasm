// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*-0.264832161167) q[0];
ry(pi*0.035324751804) q[1];
ry(pi*-0.009593849127) q[2];
ry(pi*-0.113581226819) q[3];
ry(pi*0.243388630486) q[4];
ry(pi*-0.000426189871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.092235605003) q[0];
ry(pi*-0.317140140397) q[1];
ry(pi*0.056225851629) q[2];
ry(pi*0.029395059043) q[3];
ry(pi*-0.044703735157) q[4];
ry(pi*0.005175904902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003263751348) q[0];
ry(pi*0.075548167457) q[1];
ry(pi*0.04969539867) q[2];
ry(pi*-0.122465671273) q[3];
ry(pi*0.06294306283) q[4];
ry(pi*-0.001425284093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135704114677) q[0];
ry(pi*-0.322234512881) q[1];
ry(pi*0.228065101083) q[2];
ry(pi*0.095146498818) q[3];
ry(pi*0.121590211776) q[4];
ry(pi*0.021590377377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.05273237588) q[0];
ry(pi*-0.030982525444) q[1];
ry(pi*-0.000464430185) q[2];
ry(pi*-0.275476403861) q[3];
ry(pi*0.087464869649) q[4];
ry(pi*-9.7915238e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
