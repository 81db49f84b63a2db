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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091814220276) q[0];
rx(pi*-0.005820934449) q[1];
rx(pi*0.000343579674) q[2];
rx(pi*0.003057417677) q[3];
rx(pi*0.002084811783) q[4];
rx(pi*-0.002096320534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090411176098) q[0];
rx(pi*-0.003939227116) q[1];
rx(pi*0.001992331645) q[2];
rx(pi*0.004565946183) q[3];
rx(pi*-0.001652219351) q[4];
rx(pi*-0.005404313661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088513920301) q[0];
rx(pi*0.002128239069) q[1];
rx(pi*-0.008644022388) q[2];
rx(pi*0.00039512196) q[3];
rx(pi*0.006910850028) q[4];
rx(pi*0.002612203773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095305148934) q[0];
rx(pi*0.001162489007) q[1];
rx(pi*0.003368232491) q[2];
rx(pi*-0.003019000531) q[3];
rx(pi*-0.002668842464) q[4];
rx(pi*0.00129733292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087678180252) q[0];
rx(pi*0.000708950957) q[1];
rx(pi*-0.006090180269) q[2];
rx(pi*0.002366950919) q[3];
rx(pi*0.002717391947) q[4];
rx(pi*0.000139031424) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
