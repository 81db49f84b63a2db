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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000974111708) q[0];
rx(pi*0.000192705476) q[1];
rx(pi*0.002305472102) q[2];
rx(pi*0.003926910542) q[3];
rx(pi*0.000320043425) q[4];
rx(pi*0.002052434789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003059689368) q[0];
rx(pi*-0.003294907564) q[1];
rx(pi*-0.004835409003) q[2];
rx(pi*0.005122739113) q[3];
rx(pi*0.004289140019) q[4];
rx(pi*0.000286585262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001299879863) q[0];
rx(pi*-0.002322007889) q[1];
rx(pi*-0.001901603669) q[2];
rx(pi*0.004088416353) q[3];
rx(pi*-0.001871848768) q[4];
rx(pi*0.005881273716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002043215368) q[0];
rx(pi*0.000924935013) q[1];
rx(pi*0.006293818921) q[2];
rx(pi*0.006162493118) q[3];
rx(pi*-0.000679881521) q[4];
rx(pi*0.003364685773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003284766038) q[0];
rx(pi*-0.001758041334) q[1];
rx(pi*0.001271424002) q[2];
rx(pi*0.00449023899) q[3];
rx(pi*-0.001724624841) q[4];
rx(pi*0.001810772528) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
