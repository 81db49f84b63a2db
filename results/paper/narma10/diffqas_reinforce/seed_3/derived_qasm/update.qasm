// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003905403153) q[0];
rz(pi*-0.001930987712) q[1];
rz(pi*0.002477672614) q[2];
rz(pi*-0.003267547084) q[3];
rz(pi*0.000431502685) q[4];
rz(pi*0.002130917487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000436775404) q[0];
rz(pi*0.000624954453) q[1];
rz(pi*-0.004509110352) q[2];
rz(pi*-0.002141840898) q[3];
rz(pi*0.0004068997) q[4];
rz(pi*-0.003905040892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002793337188) q[0];
rz(pi*0.007679041167) q[1];
rz(pi*0.000743782773) q[2];
rz(pi*-0.002711771271) q[3];
rz(pi*-0.003382414916) q[4];
rz(pi*0.004296949084) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009048374923) q[0];
rz(pi*-0.001297795677) q[1];
rz(pi*0.001730215872) q[2];
rz(pi*-0.002087011881) q[3];
rz(pi*0.00135311176) q[4];
rz(pi*-0.003671502673) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000389713763) q[0];
rz(pi*-0.000220984467) q[1];
rz(pi*-0.000322185456) q[2];
rz(pi*9.3112298e-05) q[3];
rz(pi*-0.000255556816) q[4];
rz(pi*0.003187173485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
