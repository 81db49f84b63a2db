// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.050155056172) q[0];
rx(pi*-0.318127102733) q[1];
rx(pi*0.110520590593) q[2];
rx(pi*-0.038142992206) q[3];
rx(pi*-0.092857901641) q[4];
rx(pi*-0.002835770924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.408411389094) q[0];
rx(pi*-0.38785506204) q[1];
rx(pi*0.085786417065) q[2];
rx(pi*-0.032969678863) q[3];
rx(pi*-0.088486286494) q[4];
rx(pi*0.000564602476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090432112525) q[0];
rx(pi*-0.226442608619) q[1];
rx(pi*0.075206354434) q[2];
rx(pi*-0.034539092694) q[3];
rx(pi*-0.086773739883) q[4];
rx(pi*0.00552966957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.091947617665) q[0];
rx(pi*-0.343139596983) q[1];
rx(pi*0.105498314551) q[2];
rx(pi*-0.027922579352) q[3];
rx(pi*-0.087597546074) q[4];
rx(pi*-0.000855508022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141062805995) q[0];
rx(pi*-0.223284158392) q[1];
rx(pi*0.116900490056) q[2];
rx(pi*-0.035254777939) q[3];
rx(pi*-0.084931514541) q[4];
rx(pi*-0.006077565171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
