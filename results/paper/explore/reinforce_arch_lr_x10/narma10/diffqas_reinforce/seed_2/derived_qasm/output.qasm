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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004755975445) q[0];
rx(pi*1.5603004e-05) q[1];
rx(pi*0.008145549016) q[2];
rx(pi*0.002856423946) q[3];
rx(pi*-0.00698619911) q[4];
rx(pi*-0.001074498294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004380211283) q[0];
rx(pi*0.000715898318) q[1];
rx(pi*0.003528333726) q[2];
rx(pi*-0.005172865705) q[3];
rx(pi*0.004283530904) q[4];
rx(pi*-0.00357991618) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00129225015) q[0];
rx(pi*0.006971940497) q[1];
rx(pi*0.00043412148) q[2];
rx(pi*-0.000548792619) q[3];
rx(pi*0.002631777423) q[4];
rx(pi*-0.002468065585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002852491547) q[0];
rx(pi*0.003308855795) q[1];
rx(pi*-0.004585797606) q[2];
rx(pi*-0.003791857187) q[3];
rx(pi*0.005799491687) q[4];
rx(pi*-0.003823340684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00158965553) q[0];
rx(pi*0.003708858531) q[1];
rx(pi*-1.9168848e-05) q[2];
rx(pi*-0.003229669771) q[3];
rx(pi*0.002794476146) q[4];
rx(pi*-0.002826081779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
