// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.023643258876) q[0];
rx(pi*1.900927402834) q[1];
rx(pi*0.28831922753) q[2];
rx(pi*1.897298902783) q[3];
rx(pi*0.623662903512) q[4];
rx(pi*0.846652870478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.655405173033) q[0];
rx(pi*0.818398275156) q[1];
rx(pi*1.099187351936) q[2];
rx(pi*0.055118227362) q[3];
rx(pi*1.507026143504) q[4];
rx(pi*1.07628663834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.659463415938) q[0];
rx(pi*1.57685739045) q[1];
rx(pi*0.606389658665) q[2];
rx(pi*0.906995770411) q[3];
rx(pi*0.26808338813) q[4];
rx(pi*0.806225967363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.406910492969) q[0];
rx(pi*0.524626678367) q[1];
rx(pi*1.500729316217) q[2];
rx(pi*0.560817498158) q[3];
rx(pi*0.970381974966) q[4];
rx(pi*1.961474449533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.923314334422) q[0];
rx(pi*1.449579850907) q[1];
rx(pi*1.082453692033) q[2];
rx(pi*0.553782403313) q[3];
rx(pi*0.321304013443) q[4];
rx(pi*1.93985082953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
