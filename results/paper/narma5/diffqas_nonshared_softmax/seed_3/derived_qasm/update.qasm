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
rz(pi*-0.005216669629) q[0];
rz(pi*0.000195285695) q[1];
rz(pi*-0.003068829785) q[2];
rz(pi*0.002410329587) q[3];
rz(pi*-0.006474960043) q[4];
rz(pi*-0.002910931761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258638467) q[0];
rz(pi*0.003680923828) q[1];
rz(pi*-0.006869144371) q[2];
rz(pi*-0.001585291205) q[3];
rz(pi*0.001044106769) q[4];
rz(pi*-0.001939191795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063150456) q[0];
rz(pi*-0.003791802641) q[1];
rz(pi*0.001128503628) q[2];
rz(pi*-0.003337184182) q[3];
rz(pi*0.004475327597) q[4];
rz(pi*-6.8925505e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001184919834) q[0];
rz(pi*-0.005469151841) q[1];
rz(pi*0.005353418673) q[2];
rz(pi*0.002396175176) q[3];
rz(pi*0.002398677059) q[4];
rz(pi*0.003621990323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001111624923) q[0];
rz(pi*-0.002034777683) q[1];
rz(pi*-0.00254724731) q[2];
rz(pi*-0.002547111537) q[3];
rz(pi*0.004361074599) q[4];
rz(pi*-0.004648538111) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
