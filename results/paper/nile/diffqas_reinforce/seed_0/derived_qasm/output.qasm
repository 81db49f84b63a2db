// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.063383369021) q[0];
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
rz(pi*-0.005306384045) q[0];
rz(pi*-0.001203968695) q[1];
rz(pi*-0.000885632002) q[2];
rz(pi*-0.001650380477) q[3];
rz(pi*0.005581454499) q[4];
rz(pi*0.000677844841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000134537736) q[0];
rz(pi*0.001788199109) q[1];
rz(pi*0.00051036532) q[2];
rz(pi*-0.006131277612) q[3];
rz(pi*0.002169288535) q[4];
rz(pi*0.00176241885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001257170725) q[0];
rz(pi*0.002355788125) q[1];
rz(pi*0.003568430257) q[2];
rz(pi*0.004434418795) q[3];
rz(pi*-0.005081730704) q[4];
rz(pi*-0.002405279724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00323615608) q[0];
rz(pi*-0.001448310783) q[1];
rz(pi*0.001173235957) q[2];
rz(pi*-0.005683198823) q[3];
rz(pi*0.002129630305) q[4];
rz(pi*-0.004819689786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003162667217) q[0];
rz(pi*-0.003882597318) q[1];
rz(pi*-0.001569776389) q[2];
rz(pi*0.001022159895) q[3];
rz(pi*-0.006549540136) q[4];
rz(pi*0.00497029101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
