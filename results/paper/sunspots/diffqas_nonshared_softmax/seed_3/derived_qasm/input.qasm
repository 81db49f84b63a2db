// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.118387706829) q[0];
ry(pi*0.016256725343) q[1];
ry(pi*0.000285450325) q[2];
ry(pi*-0.008860726741) q[3];
ry(pi*0.136954712828) q[4];
ry(pi*0.570425145808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080903714042) q[0];
ry(pi*0.001220500406) q[1];
ry(pi*-0.021026602179) q[2];
ry(pi*0.004780394557) q[3];
ry(pi*-0.124446900451) q[4];
ry(pi*0.015244467592) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008135715797) q[0];
ry(pi*-0.001664864243) q[1];
ry(pi*-0.009188307238) q[2];
ry(pi*-0.002497583772) q[3];
ry(pi*-0.045800568673) q[4];
ry(pi*0.006405030053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.18765284493) q[0];
ry(pi*-0.341952016813) q[1];
ry(pi*0.0337563459) q[2];
ry(pi*-0.001286365337) q[3];
ry(pi*-0.004438220756) q[4];
ry(pi*0.007202856031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003493172481) q[0];
ry(pi*0.027757191538) q[1];
ry(pi*-0.278660372433) q[2];
ry(pi*0.013138011164) q[3];
ry(pi*-0.033455011235) q[4];
ry(pi*0.004156284539) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
