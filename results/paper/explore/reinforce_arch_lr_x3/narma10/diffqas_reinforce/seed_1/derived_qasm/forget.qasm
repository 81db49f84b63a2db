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
rz(pi*-0.001567965677) q[0];
rz(pi*-0.002547980726) q[1];
rz(pi*0.001810580578) q[2];
rz(pi*-0.002023234248) q[3];
rz(pi*0.002671530369) q[4];
rz(pi*-0.003776098838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.9589843e-05) q[0];
rz(pi*-0.002746797927) q[1];
rz(pi*-0.000810040129) q[2];
rz(pi*-0.001245912623) q[3];
rz(pi*-0.003654104071) q[4];
rz(pi*0.002025332368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004024213167) q[0];
rz(pi*-0.003180201296) q[1];
rz(pi*0.002778053454) q[2];
rz(pi*0.003039032788) q[3];
rz(pi*0.002067245984) q[4];
rz(pi*0.001025080364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00719466929) q[0];
rz(pi*-0.003906953583) q[1];
rz(pi*-0.002422304355) q[2];
rz(pi*-0.003218995822) q[3];
rz(pi*0.00280577086) q[4];
rz(pi*0.000862647482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00348226493) q[0];
rz(pi*0.003042285132) q[1];
rz(pi*-0.000769118135) q[2];
rz(pi*-0.002659150948) q[3];
rz(pi*-0.003209995625) q[4];
rz(pi*0.006989045615) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
