// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025896417964) q[0];
ry(pi*0.168329537776) q[1];
ry(pi*0.001857529679) q[2];
ry(pi*-0.009430458788) q[3];
ry(pi*0.066565188038) q[4];
ry(pi*0.044669579467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031628049469) q[0];
ry(pi*0.263710226705) q[1];
ry(pi*-0.062161513691) q[2];
ry(pi*-0.431541407318) q[3];
ry(pi*0.083082819492) q[4];
ry(pi*0.002548685089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052403895956) q[0];
ry(pi*0.459663193405) q[1];
ry(pi*0.031724502175) q[2];
ry(pi*0.001184694088) q[3];
ry(pi*-0.073802413793) q[4];
ry(pi*-0.030773429163) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.295721482988) q[0];
ry(pi*0.001607960229) q[1];
ry(pi*-0.059152711011) q[2];
ry(pi*-0.020883175321) q[3];
ry(pi*-0.21150046939) q[4];
ry(pi*-0.37012578823) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.137963104882) q[0];
ry(pi*-0.01806899153) q[1];
ry(pi*-0.026189622807) q[2];
ry(pi*0.098412401201) q[3];
ry(pi*0.103097142576) q[4];
ry(pi*0.001491101592) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
