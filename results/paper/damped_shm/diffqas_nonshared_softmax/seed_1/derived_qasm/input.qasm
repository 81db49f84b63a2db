// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.00205046444) q[0];
rz(pi*0.003801971144) q[1];
rz(pi*-0.005685540771) q[2];
rz(pi*0.001634283138) q[3];
rz(pi*0.001581263943) q[4];
rz(pi*-0.004956730535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*2.6426694e-05) q[0];
rz(pi*0.001884987247) q[1];
rz(pi*-0.001106118454) q[2];
rz(pi*-0.003282147502) q[3];
rz(pi*0.002456301296) q[4];
rz(pi*-0.003219926969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002211661351) q[0];
rz(pi*0.000455878849) q[1];
rz(pi*-0.000703704622) q[2];
rz(pi*3.8322092e-05) q[3];
rz(pi*0.007066396321) q[4];
rz(pi*0.000757382379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004631148698) q[0];
rz(pi*0.001023906573) q[1];
rz(pi*-0.004896415281) q[2];
rz(pi*0.000716015045) q[3];
rz(pi*0.000678415654) q[4];
rz(pi*0.002093651157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00199031579) q[0];
rz(pi*-0.001117267463) q[1];
rz(pi*0.003004328668) q[2];
rz(pi*0.001133348349) q[3];
rz(pi*0.000592826365) q[4];
rz(pi*-0.000312120265) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
