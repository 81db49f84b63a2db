// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.108469646054) q[0];
ry(pi*0.008961491004) q[1];
ry(pi*0.00722032756) q[2];
ry(pi*0.01968898315) q[3];
ry(pi*0.056906110011) q[4];
ry(pi*0.007620038293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115246588207) q[0];
ry(pi*-0.003122026702) q[1];
ry(pi*0.007672115521) q[2];
ry(pi*0.047604843777) q[3];
ry(pi*-0.03177238939) q[4];
ry(pi*-0.011539998287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098980663454) q[0];
ry(pi*0.022468334162) q[1];
ry(pi*-0.109688303584) q[2];
ry(pi*0.023226153136) q[3];
ry(pi*0.029946155703) q[4];
ry(pi*0.001846568619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.099087546428) q[0];
ry(pi*-0.01254494323) q[1];
ry(pi*0.041048061388) q[2];
ry(pi*-0.058192803814) q[3];
ry(pi*-0.063767675363) q[4];
ry(pi*0.000175681993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08152190308) q[0];
ry(pi*0.032889253385) q[1];
ry(pi*0.028648913052) q[2];
ry(pi*0.020404915041) q[3];
ry(pi*0.015665655476) q[4];
ry(pi*0.002475302799) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
