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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014879924032) q[0];
ry(pi*-0.002979608364) q[1];
ry(pi*0.143969098919) q[2];
ry(pi*0.047315523604) q[3];
ry(pi*-0.026817677674) q[4];
ry(pi*-0.001567995915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016889280308) q[0];
ry(pi*0.196187887262) q[1];
ry(pi*-0.180928030401) q[2];
ry(pi*0.097810253621) q[3];
ry(pi*-0.002668775467) q[4];
ry(pi*0.010753422556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023633075886) q[0];
ry(pi*0.141343061938) q[1];
ry(pi*-0.057923329136) q[2];
ry(pi*-0.010548773013) q[3];
ry(pi*0.053104796688) q[4];
ry(pi*-0.501069128246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026433289805) q[0];
ry(pi*0.352334739153) q[1];
ry(pi*0.512378213965) q[2];
ry(pi*0.007361939555) q[3];
ry(pi*0.445215559873) q[4];
ry(pi*0.008777891724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.287591983138) q[0];
ry(pi*-0.019032740708) q[1];
ry(pi*-0.005806596981) q[2];
ry(pi*0.028159814589) q[3];
ry(pi*0.012086548602) q[4];
ry(pi*-0.004707868561) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
