// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.080058335836) q[0];
ry(pi*0.147034677546) q[1];
ry(pi*0.256962815633) q[2];
ry(pi*0.099297081453) q[3];
ry(pi*0.004678078975) q[4];
ry(pi*0.00230393027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.17763870616) q[0];
ry(pi*0.123903520957) q[1];
ry(pi*-0.103260403069) q[2];
ry(pi*-0.251517712936) q[3];
ry(pi*-0.012456565799) q[4];
ry(pi*0.00344966886) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.036357357827) q[0];
ry(pi*0.043467755508) q[1];
ry(pi*-0.206007100022) q[2];
ry(pi*-0.181979993369) q[3];
ry(pi*0.073814319193) q[4];
ry(pi*0.006351231641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032509943099) q[0];
ry(pi*0.100593973108) q[1];
ry(pi*-0.020812762711) q[2];
ry(pi*-0.212248337158) q[3];
ry(pi*0.231403811386) q[4];
ry(pi*-0.083502638966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.039598858886) q[0];
ry(pi*0.171123161038) q[1];
ry(pi*0.087084485031) q[2];
ry(pi*-0.000247727167) q[3];
ry(pi*-0.17180904484) q[4];
ry(pi*-0.000813155439) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
