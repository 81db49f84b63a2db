// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.009575503073) q[0];
rx(pi*0.000592385397) q[1];
rx(pi*-0.00242127375) q[2];
rx(pi*0.002974402123) q[3];
rx(pi*0.004157368358) q[4];
rx(pi*0.001581019372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006635651509) q[0];
rx(pi*0.002044815453) q[1];
rx(pi*0.001029610552) q[2];
rx(pi*-0.00161095066) q[3];
rx(pi*-0.00408762513) q[4];
rx(pi*-0.0009608963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008169784923) q[0];
rx(pi*0.006461809558) q[1];
rx(pi*0.00045094045) q[2];
rx(pi*-0.001735573895) q[3];
rx(pi*-0.001830581115) q[4];
rx(pi*0.000945705058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014649558115) q[0];
rx(pi*-0.000519285327) q[1];
rx(pi*-0.004111678424) q[2];
rx(pi*-0.002464468471) q[3];
rx(pi*-0.004990390561) q[4];
rx(pi*-0.002232630388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018123823957) q[0];
rx(pi*-0.001873966452) q[1];
rx(pi*-0.002828683713) q[2];
rx(pi*0.000863969645) q[3];
rx(pi*0.00102972009) q[4];
rx(pi*-0.00923191847) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
