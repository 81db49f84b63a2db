// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.074638841605) q[0];
rx(pi*-0.112863867229) q[1];
rx(pi*0.02687623706) q[2];
rx(pi*-0.034058121682) q[3];
rx(pi*0.080058250459) q[4];
rx(pi*-0.000747508102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.268254749988) q[0];
rx(pi*-0.011296174763) q[1];
rx(pi*-0.06472896757) q[2];
rx(pi*0.011231162272) q[3];
rx(pi*0.068862019387) q[4];
rx(pi*-0.002288068163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.322685229475) q[0];
rx(pi*-0.227293441489) q[1];
rx(pi*0.048844281209) q[2];
rx(pi*-0.024550242225) q[3];
rx(pi*0.063003538463) q[4];
rx(pi*0.001516546418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104498450747) q[0];
rx(pi*0.023171452333) q[1];
rx(pi*-0.047032217792) q[2];
rx(pi*0.018132468415) q[3];
rx(pi*0.071895424977) q[4];
rx(pi*-0.003918995348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.260176078128) q[0];
rx(pi*-0.172016208272) q[1];
rx(pi*0.031107562966) q[2];
rx(pi*-0.033903353864) q[3];
rx(pi*0.061408252919) q[4];
rx(pi*0.000250791747) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
