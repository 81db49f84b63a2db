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
rz(pi*0.005323614265) q[0];
rz(pi*-0.003669999083) q[1];
rz(pi*-0.003372107378) q[2];
rz(pi*0.007756246613) q[3];
rz(pi*-0.001563638112) q[4];
rz(pi*-0.000795386942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003600498647) q[0];
rz(pi*-0.001656358967) q[1];
rz(pi*8.5600202e-05) q[2];
rz(pi*0.00075785692) q[3];
rz(pi*0.004463528623) q[4];
rz(pi*-0.005160235784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002667746788) q[0];
rz(pi*-0.000419588281) q[1];
rz(pi*0.002890230418) q[2];
rz(pi*-0.002050189928) q[3];
rz(pi*0.00146857427) q[4];
rz(pi*-0.00163671165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001257294789) q[0];
rz(pi*0.004055490928) q[1];
rz(pi*-0.00075085153) q[2];
rz(pi*0.009427063259) q[3];
rz(pi*0.001143610159) q[4];
rz(pi*0.003583689978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00236198584) q[0];
rz(pi*-0.004952884996) q[1];
rz(pi*-0.004902675398) q[2];
rz(pi*0.00155072938) q[3];
rz(pi*-0.003519856465) q[4];
rz(pi*-0.001743343235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
