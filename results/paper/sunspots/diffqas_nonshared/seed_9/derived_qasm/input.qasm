// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.018870666011) q[0];
rx(pi*-0.099642518271) q[1];
rx(pi*0.016274332052) q[2];
rx(pi*-0.006270030652) q[3];
rx(pi*-0.003167073934) q[4];
rx(pi*-0.000206330614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.279445920079) q[0];
rx(pi*-0.098408284115) q[1];
rx(pi*0.014048091182) q[2];
rx(pi*0.00083266224) q[3];
rx(pi*-6.3064793e-05) q[4];
rx(pi*-0.000162370628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.029727060784) q[0];
rx(pi*-0.102866177831) q[1];
rx(pi*0.017388225627) q[2];
rx(pi*-0.001910241901) q[3];
rx(pi*-0.001571461554) q[4];
rx(pi*0.002184549888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.222416136212) q[0];
rx(pi*-0.101845889865) q[1];
rx(pi*0.016650071905) q[2];
rx(pi*-7.9252104e-05) q[3];
rx(pi*0.004391183757) q[4];
rx(pi*-0.000827033263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.011066823889) q[0];
rx(pi*-0.097239202375) q[1];
rx(pi*0.019531694328) q[2];
rx(pi*-0.002072847391) q[3];
rx(pi*0.001724422069) q[4];
rx(pi*0.004002594611) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
