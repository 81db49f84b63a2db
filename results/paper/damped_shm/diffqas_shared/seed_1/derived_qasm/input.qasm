// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rz(pi*-0.002050437908) q[0];
rz(pi*0.003802128855) q[1];
rz(pi*-0.005685328514) q[2];
rz(pi*0.001634567284) q[3];
rz(pi*0.001581542012) q[4];
rz(pi*-0.004956394362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*2.6670519e-05) q[0];
rz(pi*0.001885396644) q[1];
rz(pi*-0.001105700979) q[2];
rz(pi*-0.003281579506) q[3];
rz(pi*0.002456856249) q[4];
rz(pi*-0.003219343261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002212214081) q[0];
rz(pi*0.000456696308) q[1];
rz(pi*-0.000703235714) q[2];
rz(pi*3.8797407e-05) q[3];
rz(pi*0.007067013529) q[4];
rz(pi*0.000757765762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004631547422) q[0];
rz(pi*0.001024548386) q[1];
rz(pi*-0.004895881969) q[2];
rz(pi*0.000716533979) q[3];
rz(pi*0.000678508813) q[4];
rz(pi*0.002093383019) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00199050033) q[0];
rz(pi*-0.001117499212) q[1];
rz(pi*0.00300419497) q[2];
rz(pi*0.001133288985) q[3];
rz(pi*0.000592790236) q[4];
rz(pi*-0.000312110408) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
