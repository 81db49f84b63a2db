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
rz(pi*-0.010050947086) q[0];
rz(pi*0.046409465808) q[1];
rz(pi*-0.049297525922) q[2];
rz(pi*0.001037155703) q[3];
rz(pi*-0.018992361958) q[4];
rz(pi*0.000460030138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003411870997) q[0];
rz(pi*-0.005567392728) q[1];
rz(pi*0.040431323765) q[2];
rz(pi*-0.088164764825) q[3];
rz(pi*0.001871460271) q[4];
rz(pi*-0.003295768453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011505712161) q[0];
rz(pi*0.012954137966) q[1];
rz(pi*0.00555395528) q[2];
rz(pi*-0.034807922299) q[3];
rz(pi*-0.018175650389) q[4];
rz(pi*-0.004713703867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011181905461) q[0];
rz(pi*0.046553023104) q[1];
rz(pi*-0.024172520906) q[2];
rz(pi*-0.017111570949) q[3];
rz(pi*-0.00787251339) q[4];
rz(pi*0.00125971337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.018991448895) q[0];
rz(pi*0.017213454604) q[1];
rz(pi*-0.040847211137) q[2];
rz(pi*0.00863940371) q[3];
rz(pi*0.016857906498) q[4];
rz(pi*0.001490969968) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
