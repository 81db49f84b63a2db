// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.161828563724) q[0];
rx(pi*0.10021293393) q[1];
rx(pi*-0.019033085775) q[2];
rx(pi*-0.006204988516) q[3];
rx(pi*0.00464407744) q[4];
rx(pi*0.004086360478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.249550182082) q[0];
rx(pi*0.102416087338) q[1];
rx(pi*-0.019175502334) q[2];
rx(pi*0.000209586515) q[3];
rx(pi*0.000519904387) q[4];
rx(pi*-0.00075341663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.169413773389) q[0];
rx(pi*0.097083255875) q[1];
rx(pi*-0.01976107129) q[2];
rx(pi*0.000982204103) q[3];
rx(pi*-0.001657847735) q[4];
rx(pi*0.00042268158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.24989969804) q[0];
rx(pi*0.099964817822) q[1];
rx(pi*-0.012942951159) q[2];
rx(pi*-0.002034271496) q[3];
rx(pi*-0.004656305969) q[4];
rx(pi*0.005069199798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168217257055) q[0];
rx(pi*0.093789558416) q[1];
rx(pi*-0.018887905124) q[2];
rx(pi*-0.00286546861) q[3];
rx(pi*0.002982139744) q[4];
rx(pi*0.00226789198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
