// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.000171491313) q[0];
rz(pi*0.004218077593) q[1];
rz(pi*0.001110982444) q[2];
rz(pi*0.002033823858) q[3];
rz(pi*-0.000479630654) q[4];
rz(pi*-0.004111953529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00226268322) q[0];
rz(pi*0.002072915574) q[1];
rz(pi*0.000328559076) q[2];
rz(pi*-0.002876988626) q[3];
rz(pi*-0.005149826268) q[4];
rz(pi*0.000352319478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00108075226) q[0];
rz(pi*-0.001115788478) q[1];
rz(pi*-0.001048680016) q[2];
rz(pi*0.00090369428) q[3];
rz(pi*0.000937243731) q[4];
rz(pi*0.003062545655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002955265143) q[0];
rz(pi*0.004240175804) q[1];
rz(pi*0.002566745366) q[2];
rz(pi*-0.001068291019) q[3];
rz(pi*-0.000172741217) q[4];
rz(pi*0.001573126413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000987697677) q[0];
rz(pi*0.001748919592) q[1];
rz(pi*0.003672057626) q[2];
rz(pi*-0.002550441254) q[3];
rz(pi*-0.00563530805) q[4];
rz(pi*0.003799522474) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
