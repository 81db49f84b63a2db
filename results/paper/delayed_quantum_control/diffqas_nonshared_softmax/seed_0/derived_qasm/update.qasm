// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499999596513) q[0];
rx(pi*-0.25807856498) q[1];
rx(pi*0.252292977352) q[2];
rx(pi*-0.124510240969) q[3];
rx(pi*-0.068274025477) q[4];
rx(pi*-0.001046692176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.498283321757) q[0];
rx(pi*-0.500016178695) q[1];
rx(pi*-5.168e-09) q[2];
rx(pi*0.301512269149) q[3];
rx(pi*-0.352961105445) q[4];
rx(pi*-0.002492018828) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.49998859232) q[0];
rx(pi*4.1607e-07) q[1];
rx(pi*-0.000326998123) q[2];
rx(pi*0.200918115799) q[3];
rx(pi*-0.064262517825) q[4];
rx(pi*-0.003058655649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.313e-09) q[0];
rx(pi*3.044e-09) q[1];
rx(pi*-0.000687435713) q[2];
rx(pi*-0.209612415376) q[3];
rx(pi*-0.34871265189) q[4];
rx(pi*-0.001844246681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-9.5983131e-05) q[0];
rx(pi*0.024302588578) q[1];
rx(pi*0.247707036562) q[2];
rx(pi*-0.12539442793) q[3];
rx(pi*-0.0719738346) q[4];
rx(pi*0.000930361144) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
