// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.004422615671) q[0];
rx(pi*0.003028415461) q[1];
rx(pi*-0.000947465002) q[2];
rx(pi*-0.006249027821) q[3];
rx(pi*0.004640023497) q[4];
rx(pi*0.004087368701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000132299452) q[0];
rx(pi*0.001447538977) q[1];
rx(pi*-0.001132096147) q[2];
rx(pi*0.000162107195) q[3];
rx(pi*0.000529302345) q[4];
rx(pi*-0.000735320557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002710081807) q[0];
rx(pi*-8.6810872e-05) q[1];
rx(pi*-0.001663705868) q[2];
rx(pi*0.000942193395) q[3];
rx(pi*-0.00165710009) q[4];
rx(pi*0.000425990917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000108132424) q[0];
rx(pi*-0.001003462622) q[1];
rx(pi*0.00509578121) q[2];
rx(pi*-0.002081369267) q[3];
rx(pi*-0.004657261721) q[4];
rx(pi*0.005074331333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001966393082) q[0];
rx(pi*-0.003385597002) q[1];
rx(pi*-0.000793893728) q[2];
rx(pi*-0.002908547123) q[3];
rx(pi*0.002985248013) q[4];
rx(pi*0.002270628947) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
