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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.00503819477) q[0];
rz(pi*0.00167156266) q[1];
rz(pi*0.000284230881) q[2];
rz(pi*0.000508418093) q[3];
rz(pi*0.002681374557) q[4];
rz(pi*-0.00269315189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003932964627) q[0];
rz(pi*-0.005654322894) q[1];
rz(pi*-0.001066965372) q[2];
rz(pi*0.00241963735) q[3];
rz(pi*-0.000475626367) q[4];
rz(pi*0.002040771293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003759390073) q[0];
rz(pi*-0.001493259445) q[1];
rz(pi*-0.00243804225) q[2];
rz(pi*-0.003973671546) q[3];
rz(pi*0.005918868216) q[4];
rz(pi*0.002712465851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002424860785) q[0];
rz(pi*-0.002438297048) q[1];
rz(pi*-0.000182081033) q[2];
rz(pi*-0.004590223296) q[3];
rz(pi*0.001387286422) q[4];
rz(pi*-0.004119671287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001179134332) q[0];
rz(pi*-0.003262115542) q[1];
rz(pi*-0.001527415876) q[2];
rz(pi*-0.004237203605) q[3];
rz(pi*-0.005006446249) q[4];
rz(pi*-0.00307532469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
