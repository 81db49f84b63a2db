// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.034222624891) q[0];
rx(pi*0.103639099113) q[1];
rx(pi*-0.007033243224) q[2];
rx(pi*-0.051029102199) q[3];
rx(pi*-0.076623286664) q[4];
rx(pi*-0.013387356943) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.014192904237) q[0];
rx(pi*0.048499698165) q[1];
rx(pi*-0.10291157013) q[2];
rx(pi*-0.039848794006) q[3];
rx(pi*-0.055050195832) q[4];
rx(pi*-0.000760530818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.058719449345) q[0];
rx(pi*0.00520980268) q[1];
rx(pi*-0.04699429127) q[2];
rx(pi*-0.073468147181) q[3];
rx(pi*-0.040200434912) q[4];
rx(pi*0.141814724446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.034780924079) q[0];
rx(pi*0.086377987339) q[1];
rx(pi*-0.009731046994) q[2];
rx(pi*-0.011425068496) q[3];
rx(pi*0.007034987531) q[4];
rx(pi*0.005784228111) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001821224734) q[0];
rx(pi*0.049720257713) q[1];
rx(pi*0.003696549368) q[2];
rx(pi*0.003882672616) q[3];
rx(pi*3.3370604e-05) q[4];
rx(pi*0.00156407404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
