// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.004181605153) q[0];
ry(pi*-0.011067556711) q[1];
ry(pi*0.004983657014) q[2];
ry(pi*0.002658658546) q[3];
ry(pi*-0.498110024679) q[4];
ry(pi*0.345243029628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003322929127) q[0];
ry(pi*0.019166489093) q[1];
ry(pi*0.009255987179) q[2];
ry(pi*0.000509903971) q[3];
ry(pi*0.004200153682) q[4];
ry(pi*0.004332342152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042334812109) q[0];
ry(pi*0.08613756468) q[1];
ry(pi*-0.500675254004) q[2];
ry(pi*-0.010208624849) q[3];
ry(pi*-0.472133221555) q[4];
ry(pi*0.002725160991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.491082974279) q[0];
ry(pi*0.009835662725) q[1];
ry(pi*-0.012202728222) q[2];
ry(pi*0.125249808161) q[3];
ry(pi*-0.000100887438) q[4];
ry(pi*0.010973199308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.13359294115) q[0];
ry(pi*-0.051405564202) q[1];
ry(pi*-0.494807021088) q[2];
ry(pi*-0.479194309065) q[3];
ry(pi*-0.001913864362) q[4];
ry(pi*0.000145783342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
