// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.019418879999) q[0];
rx(pi*-0.013244936827) q[1];
rx(pi*-0.104058330433) q[2];
rx(pi*-0.005382320689) q[3];
rx(pi*0.017833143675) q[4];
rx(pi*0.000313876356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.190978331228) q[0];
rx(pi*-0.252148423988) q[1];
rx(pi*-0.11019662144) q[2];
rx(pi*0.013747796461) q[3];
rx(pi*0.021243716817) q[4];
rx(pi*0.004265404815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004745243984) q[0];
rx(pi*-0.002459066426) q[1];
rx(pi*-0.08645827052) q[2];
rx(pi*-0.00192663317) q[3];
rx(pi*0.021651398477) q[4];
rx(pi*0.001458695842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.252423908284) q[0];
rx(pi*-0.246379854915) q[1];
rx(pi*-0.104743227652) q[2];
rx(pi*0.01087285956) q[3];
rx(pi*0.02316987048) q[4];
rx(pi*-0.000997975496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.053893915953) q[0];
rx(pi*0.009934278917) q[1];
rx(pi*-0.100251657308) q[2];
rx(pi*-0.001788720563) q[3];
rx(pi*0.02218026619) q[4];
rx(pi*0.002632568942) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
