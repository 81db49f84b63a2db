// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.007591968113) q[0];
rz(pi*0.016572156759) q[1];
rz(pi*-0.045208723296) q[2];
rz(pi*0.008215753519) q[3];
rz(pi*-0.01679189438) q[4];
rz(pi*-0.003490658592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004449587803) q[0];
rz(pi*0.000866576545) q[1];
rz(pi*0.005017903417) q[2];
rz(pi*0.001231466358) q[3];
rz(pi*0.0012703848) q[4];
rz(pi*0.004043961723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014449121708) q[0];
rz(pi*0.017358037614) q[1];
rz(pi*0.01591081895) q[2];
rz(pi*-0.005529795857) q[3];
rz(pi*-0.009995647456) q[4];
rz(pi*0.002164823418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011222709913) q[0];
rz(pi*-0.001737963868) q[1];
rz(pi*-0.007364111935) q[2];
rz(pi*0.00236966921) q[3];
rz(pi*-0.000628623605) q[4];
rz(pi*0.00766484303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.026538173526) q[0];
rz(pi*0.025722895585) q[1];
rz(pi*-0.030231847337) q[2];
rz(pi*0.012097754381) q[3];
rz(pi*0.037420462542) q[4];
rz(pi*-0.003728174567) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
