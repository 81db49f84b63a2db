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
rx(pi*0.000572551798) q[0];
rx(pi*-0.002459136684) q[1];
rx(pi*-0.00215961777) q[2];
rx(pi*0.001539522416) q[3];
rx(pi*-0.00333660166) q[4];
rx(pi*0.001186260377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001211788728) q[0];
rx(pi*0.003706552453) q[1];
rx(pi*-0.001070197336) q[2];
rx(pi*0.003331374075) q[3];
rx(pi*0.005477147075) q[4];
rx(pi*0.005050565002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001865545962) q[0];
rx(pi*0.001429744912) q[1];
rx(pi*0.009070102869) q[2];
rx(pi*0.007105237093) q[3];
rx(pi*-0.002440203957) q[4];
rx(pi*0.002939941092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001916106259) q[0];
rx(pi*0.000230038933) q[1];
rx(pi*0.000488015089) q[2];
rx(pi*0.001552667417) q[3];
rx(pi*0.002983710331) q[4];
rx(pi*0.000696368691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001081605293) q[0];
rx(pi*0.004431319419) q[1];
rx(pi*0.001011337202) q[2];
rx(pi*0.001734858266) q[3];
rx(pi*0.003152002161) q[4];
rx(pi*0.005198835839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
