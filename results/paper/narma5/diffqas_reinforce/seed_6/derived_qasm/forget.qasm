// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.000569353927) q[0];
rx(pi*0.004922393123) q[1];
rx(pi*-0.008126784969) q[2];
rx(pi*-0.000439156632) q[3];
rx(pi*0.00322676872) q[4];
rx(pi*0.004304001017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000296909939) q[0];
rx(pi*0.004147943645) q[1];
rx(pi*0.000922885289) q[2];
rx(pi*0.001754737852) q[3];
rx(pi*0.000568939676) q[4];
rx(pi*-0.003418198408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00045765206) q[0];
rx(pi*0.001051784284) q[1];
rx(pi*-0.001846660963) q[2];
rx(pi*0.004047473756) q[3];
rx(pi*0.004113793885) q[4];
rx(pi*0.005725714972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.1836606e-05) q[0];
rx(pi*0.003833738046) q[1];
rx(pi*-0.002883142614) q[2];
rx(pi*-0.002598410585) q[3];
rx(pi*0.000258795634) q[4];
rx(pi*0.000895822147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000864646883) q[0];
rx(pi*-0.004795582834) q[1];
rx(pi*0.001130867143) q[2];
rx(pi*-0.002744429891) q[3];
rx(pi*0.003846319645) q[4];
rx(pi*0.001255879541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
