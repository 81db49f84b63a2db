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
rz(pi*-0.020919401411) q[0];
rz(pi*-0.026742104477) q[1];
rz(pi*-0.008333088698) q[2];
rz(pi*-0.004773198253) q[3];
rz(pi*0.002824523939) q[4];
rz(pi*-0.00576149876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.026092302098) q[0];
rz(pi*-0.016935629545) q[1];
rz(pi*0.00025283254) q[2];
rz(pi*-0.005205309104) q[3];
rz(pi*0.000916062659) q[4];
rz(pi*0.01081140683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.015766186137) q[0];
rz(pi*-0.028673757865) q[1];
rz(pi*-0.063661736283) q[2];
rz(pi*0.002069491883) q[3];
rz(pi*-0.004012445024) q[4];
rz(pi*-0.005324669031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.01028336206) q[0];
rz(pi*-0.013300844771) q[1];
rz(pi*-0.006422426877) q[2];
rz(pi*-0.005334928544) q[3];
rz(pi*-0.002088784351) q[4];
rz(pi*0.006444883495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.033223844906) q[0];
rz(pi*-0.035925341247) q[1];
rz(pi*-0.05145780092) q[2];
rz(pi*-0.000941397873) q[3];
rz(pi*-0.034750406415) q[4];
rz(pi*0.001564096571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
