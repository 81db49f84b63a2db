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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005533073992) q[0];
rz(pi*-0.00425466624) q[1];
rz(pi*-0.004332537215) q[2];
rz(pi*-0.001119234107) q[3];
rz(pi*-0.007361175902) q[4];
rz(pi*-0.000601281578) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003046955393) q[0];
rz(pi*0.002844417754) q[1];
rz(pi*0.003045739358) q[2];
rz(pi*0.004431695613) q[3];
rz(pi*0.002442933217) q[4];
rz(pi*-0.000168802723) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002736809369) q[0];
rz(pi*0.004792095406) q[1];
rz(pi*-0.002080456056) q[2];
rz(pi*0.00194280803) q[3];
rz(pi*-0.00013583636) q[4];
rz(pi*0.004583715643) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002663919629) q[0];
rz(pi*-0.00095985265) q[1];
rz(pi*0.001153359558) q[2];
rz(pi*0.00082159053) q[3];
rz(pi*-0.005218524808) q[4];
rz(pi*0.001146409677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00037719023) q[0];
rz(pi*-0.000763141127) q[1];
rz(pi*-0.000494340574) q[2];
rz(pi*0.000697008576) q[3];
rz(pi*-0.00578176699) q[4];
rz(pi*0.004941654612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
