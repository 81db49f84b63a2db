// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.399090950898) q[0];
ry(pi*-0.323378152166) q[1];
ry(pi*-0.323302450903) q[2];
ry(pi*1.117676e-06) q[3];
ry(pi*5.0752e-08) q[4];
ry(pi*1.119e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.38742688507) q[0];
ry(pi*-0.471668958419) q[1];
ry(pi*-0.320872459324) q[2];
ry(pi*-5.313676e-06) q[3];
ry(pi*-2.9216e-08) q[4];
ry(pi*1.2403e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.357243634055) q[0];
ry(pi*-0.22466507086) q[1];
ry(pi*-0.070404631841) q[2];
ry(pi*1.264315e-05) q[3];
ry(pi*-1.551222e-05) q[4];
ry(pi*7.17277e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.164493703538) q[0];
ry(pi*-0.223755384526) q[1];
ry(pi*0.019141232809) q[2];
ry(pi*0.008231447539) q[3];
ry(pi*0.002979721015) q[4];
ry(pi*-0.004965401081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.167817634071) q[0];
ry(pi*0.552649920003) q[1];
ry(pi*0.262633181764) q[2];
ry(pi*-0.005961375471) q[3];
ry(pi*3.02114e-07) q[4];
ry(pi*0.002585386387) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
