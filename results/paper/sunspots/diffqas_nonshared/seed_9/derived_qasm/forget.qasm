// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.006810731431) q[0];
rx(pi*-0.190809227127) q[1];
rx(pi*0.002931745458) q[2];
rx(pi*-0.004577111348) q[3];
rx(pi*0.015063188916) q[4];
rx(pi*0.000926283931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.223468782199) q[0];
rx(pi*-0.472658197484) q[1];
rx(pi*-0.008560662064) q[2];
rx(pi*-0.004476619819) q[3];
rx(pi*0.013036757167) q[4];
rx(pi*0.003030177258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.256571540658) q[0];
rx(pi*-0.185906118913) q[1];
rx(pi*0.002585485105) q[2];
rx(pi*0.001186243554) q[3];
rx(pi*0.012243618051) q[4];
rx(pi*-0.000235520853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024902264958) q[0];
rx(pi*-0.47913993317) q[1];
rx(pi*0.002559934446) q[2];
rx(pi*0.000655832526) q[3];
rx(pi*0.015268370882) q[4];
rx(pi*0.000719670338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001382405683) q[0];
rx(pi*-0.184963970208) q[1];
rx(pi*0.004046042203) q[2];
rx(pi*0.006128225964) q[3];
rx(pi*0.019531658754) q[4];
rx(pi*-0.003160895933) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
