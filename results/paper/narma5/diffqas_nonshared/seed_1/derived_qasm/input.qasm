// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.067756031519) q[0];
rx(pi*-0.003819683686) q[1];
rx(pi*-0.001201952618) q[2];
rx(pi*0.006502354912) q[3];
rx(pi*0.002058539123) q[4];
rx(pi*0.002110591745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.059615209682) q[0];
rx(pi*-0.005526039253) q[1];
rx(pi*0.000533052613) q[2];
rx(pi*0.000346999734) q[3];
rx(pi*-0.00390677927) q[4];
rx(pi*-0.002174774328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060785235316) q[0];
rx(pi*-0.003287272516) q[1];
rx(pi*-0.000312802728) q[2];
rx(pi*0.000303927799) q[3];
rx(pi*0.000113279013) q[4];
rx(pi*-0.001611576761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063141489312) q[0];
rx(pi*0.002556637338) q[1];
rx(pi*0.001021290558) q[2];
rx(pi*-0.002604507656) q[3];
rx(pi*0.002328920343) q[4];
rx(pi*-0.001596130869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063813195728) q[0];
rx(pi*-0.003691641355) q[1];
rx(pi*0.002910840751) q[2];
rx(pi*-6.3863163e-05) q[3];
rx(pi*-0.003974890545) q[4];
rx(pi*-0.000999172558) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
