// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00781091955) q[0];
rz(pi*0.016093820588) q[1];
rz(pi*-0.003142635256) q[2];
rz(pi*0.016676253111) q[3];
rz(pi*-0.009657738076) q[4];
rz(pi*-0.000542256026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000744145701) q[0];
rz(pi*-0.001880969175) q[1];
rz(pi*0.000685168322) q[2];
rz(pi*0.002576719992) q[3];
rz(pi*-0.00017863131) q[4];
rz(pi*0.002395568641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00571440425) q[0];
rz(pi*0.020717986722) q[1];
rz(pi*-0.010484157763) q[2];
rz(pi*0.002342579387) q[3];
rz(pi*-0.008494272862) q[4];
rz(pi*0.003938816534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000156652104) q[0];
rz(pi*-0.003472751283) q[1];
rz(pi*-0.010177421794) q[2];
rz(pi*0.001570148136) q[3];
rz(pi*0.003105405389) q[4];
rz(pi*-0.000180781623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025936754026) q[0];
rz(pi*0.017008400705) q[1];
rz(pi*-0.006743414344) q[2];
rz(pi*0.019195203161) q[3];
rz(pi*0.017370537097) q[4];
rz(pi*-0.006741988423) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
