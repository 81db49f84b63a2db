// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*0.000539719125) q[0];
rz(pi*0.005498556042) q[1];
rz(pi*0.001358494833) q[2];
rz(pi*0.004502801321) q[3];
rz(pi*-0.001186343013) q[4];
rz(pi*0.005615889443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002461610404) q[0];
rz(pi*0.00458506508) q[1];
rz(pi*-0.001298753059) q[2];
rz(pi*-0.004093734948) q[3];
rz(pi*0.002195222947) q[4];
rz(pi*0.004465284788) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002487715868) q[0];
rz(pi*0.000562988977) q[1];
rz(pi*0.002090348417) q[2];
rz(pi*0.000573851468) q[3];
rz(pi*0.004279417079) q[4];
rz(pi*0.000590295023) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001610215911) q[0];
rz(pi*0.00155103413) q[1];
rz(pi*0.000126385893) q[2];
rz(pi*0.002051830626) q[3];
rz(pi*-0.001214175959) q[4];
rz(pi*0.00594685539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001247185724) q[0];
rz(pi*0.005034734616) q[1];
rz(pi*0.000532948485) q[2];
rz(pi*0.004162499893) q[3];
rz(pi*-1.5868343e-05) q[4];
rz(pi*-0.003945477154) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
