// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.165991753751) q[0];
rx(pi*0.044766544438) q[1];
rx(pi*-0.001399297654) q[2];
rx(pi*0.013680255851) q[3];
rx(pi*-0.002051542033) q[4];
rx(pi*-0.006102758608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.186655656284) q[0];
rx(pi*0.062587907222) q[1];
rx(pi*0.02923034002) q[2];
rx(pi*0.013936141299) q[3];
rx(pi*-0.000856490381) q[4];
rx(pi*0.007156676363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005110281132) q[0];
rx(pi*0.078395142085) q[1];
rx(pi*0.002189471389) q[2];
rx(pi*0.005809288147) q[3];
rx(pi*0.001058537841) q[4];
rx(pi*0.000798420581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.106109948505) q[0];
rx(pi*0.042152906147) q[1];
rx(pi*0.03124433039) q[2];
rx(pi*0.01691092347) q[3];
rx(pi*0.002889073376) q[4];
rx(pi*0.005602869988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.035530183973) q[0];
rx(pi*0.050080313032) q[1];
rx(pi*0.003455574721) q[2];
rx(pi*0.010313266667) q[3];
rx(pi*0.001812822919) q[4];
rx(pi*-0.000659481741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
