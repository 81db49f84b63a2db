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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.094009907908) q[0];
rx(pi*-0.002157900736) q[1];
rx(pi*-0.00099477014) q[2];
rx(pi*0.000398622283) q[3];
rx(pi*-0.000953552364) q[4];
rx(pi*0.006138897542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102695517966) q[0];
rx(pi*0.002444188086) q[1];
rx(pi*0.004030899282) q[2];
rx(pi*0.001629710261) q[3];
rx(pi*-0.001983558824) q[4];
rx(pi*-0.005297820221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098254358213) q[0];
rx(pi*-0.002220979638) q[1];
rx(pi*0.003936928152) q[2];
rx(pi*-0.002899195041) q[3];
rx(pi*-0.007482691608) q[4];
rx(pi*-0.000173912358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104943522949) q[0];
rx(pi*-0.00015058517) q[1];
rx(pi*0.000225560383) q[2];
rx(pi*9.6518314e-05) q[3];
rx(pi*0.005266460048) q[4];
rx(pi*0.000664717404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097610034215) q[0];
rx(pi*-0.001474935625) q[1];
rx(pi*-0.005615261564) q[2];
rx(pi*0.004115111009) q[3];
rx(pi*0.003408110539) q[4];
rx(pi*-0.003395463424) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
