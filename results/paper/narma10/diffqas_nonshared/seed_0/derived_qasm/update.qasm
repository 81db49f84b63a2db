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
rz(pi*0.0048512803) q[0];
rz(pi*-0.002938585133) q[1];
rz(pi*-0.001442807352) q[2];
rz(pi*-0.002491540062) q[3];
rz(pi*-0.004460121236) q[4];
rz(pi*0.001981736551) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351454357) q[0];
rz(pi*-0.002177839909) q[1];
rz(pi*0.003000977607) q[2];
rz(pi*0.002754044628) q[3];
rz(pi*-0.001978133211) q[4];
rz(pi*-0.004163632625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331963721) q[0];
rz(pi*-0.005086252147) q[1];
rz(pi*-0.00321629606) q[2];
rz(pi*-0.001234262985) q[3];
rz(pi*-0.000503392464) q[4];
rz(pi*-0.001767336942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462742574) q[0];
rz(pi*0.004399263776) q[1];
rz(pi*0.001996132864) q[2];
rz(pi*0.004390187688) q[3];
rz(pi*0.002852178497) q[4];
rz(pi*0.000738408446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00386383327) q[0];
rz(pi*-0.004252982409) q[1];
rz(pi*-6.5486111e-05) q[2];
rz(pi*-0.00130062899) q[3];
rz(pi*-0.002974742151) q[4];
rz(pi*0.001304131982) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
