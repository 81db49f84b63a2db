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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.000225424702) q[0];
ry(pi*0.059295893595) q[1];
ry(pi*-0.069902869069) q[2];
ry(pi*-0.47464176031) q[3];
ry(pi*-0.338434165827) q[4];
ry(pi*0.253478679219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107798115136) q[0];
ry(pi*-0.40177430455) q[1];
ry(pi*-0.441498153526) q[2];
ry(pi*-0.421062113693) q[3];
ry(pi*-0.100388147255) q[4];
ry(pi*0.430798548354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.079738256096) q[0];
ry(pi*-0.069737678098) q[1];
ry(pi*0.353392735455) q[2];
ry(pi*0.125224033683) q[3];
ry(pi*0.298552065162) q[4];
ry(pi*-0.045947147379) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048791835791) q[0];
ry(pi*-0.037360205095) q[1];
ry(pi*-0.001918076016) q[2];
ry(pi*0.275436105745) q[3];
ry(pi*0.011931261405) q[4];
ry(pi*0.011590516785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034117551443) q[0];
ry(pi*0.001015253222) q[1];
ry(pi*-0.174183844696) q[2];
ry(pi*-0.114767554787) q[3];
ry(pi*0.152578485963) q[4];
ry(pi*0.000602292284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
