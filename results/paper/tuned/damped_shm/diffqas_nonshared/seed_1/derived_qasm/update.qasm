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
rx(pi*0.327257927288) q[0];
rx(pi*0.095613446598) q[1];
rx(pi*-0.019251680288) q[2];
rx(pi*-0.004328611042) q[3];
rx(pi*-0.022453578107) q[4];
rx(pi*0.006159538113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.019927442129) q[0];
rx(pi*0.108921150017) q[1];
rx(pi*-0.031739462186) q[2];
rx(pi*-0.013434333467) q[3];
rx(pi*-0.009442332171) q[4];
rx(pi*0.003318112421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104997471957) q[0];
rx(pi*0.079589490782) q[1];
rx(pi*-0.016095945535) q[2];
rx(pi*-0.006597399485) q[3];
rx(pi*-0.0167385608) q[4];
rx(pi*0.001899139435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018376060708) q[0];
rx(pi*0.125426112419) q[1];
rx(pi*-0.027837666819) q[2];
rx(pi*-0.025497051111) q[3];
rx(pi*-0.01094033258) q[4];
rx(pi*0.001118009179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.068240804196) q[0];
rx(pi*0.101194953864) q[1];
rx(pi*-0.022026257282) q[2];
rx(pi*-0.004224243143) q[3];
rx(pi*-0.018889279463) q[4];
rx(pi*-0.000829893553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
