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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003323483191) q[0];
ry(pi*0.001875661252) q[1];
ry(pi*-5.3371516e-05) q[2];
ry(pi*-0.004560442011) q[3];
ry(pi*-0.003190965663) q[4];
ry(pi*0.001152474138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000936171771) q[0];
ry(pi*-0.003171250013) q[1];
ry(pi*-0.000930535901) q[2];
ry(pi*0.0055427329) q[3];
ry(pi*-0.002346934819) q[4];
ry(pi*0.001515190015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003414882031) q[0];
ry(pi*-0.003559106337) q[1];
ry(pi*-0.001637586619) q[2];
ry(pi*-0.00080654692) q[3];
ry(pi*-0.001421588409) q[4];
ry(pi*0.005005293061) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003549957026) q[0];
ry(pi*-0.00744117805) q[1];
ry(pi*0.001657018567) q[2];
ry(pi*0.001528617977) q[3];
ry(pi*-0.004539700054) q[4];
ry(pi*-0.002191119498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01004325008) q[0];
ry(pi*0.007594838927) q[1];
ry(pi*0.007694776097) q[2];
ry(pi*0.010392436386) q[3];
ry(pi*-0.00581953343) q[4];
ry(pi*0.002712448657) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
