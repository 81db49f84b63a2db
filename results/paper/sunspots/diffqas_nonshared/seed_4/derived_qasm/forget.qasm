// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.138235523653) q[0];
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
rx(pi*-0.000589833637) q[0];
rx(pi*-0.002919757349) q[1];
rx(pi*0.004579775241) q[2];
rx(pi*-0.007538635719) q[3];
rx(pi*-0.007702416778) q[4];
rx(pi*0.004957329066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000313566159) q[0];
rx(pi*0.005655066981) q[1];
rx(pi*-0.000921967482) q[2];
rx(pi*-0.005663185539) q[3];
rx(pi*-0.001963121765) q[4];
rx(pi*0.000975296467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000640260569) q[0];
rx(pi*0.000917357401) q[1];
rx(pi*0.002567351901) q[2];
rx(pi*-0.012181362537) q[3];
rx(pi*0.005156945198) q[4];
rx(pi*0.004249465632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-9.13749e-06) q[0];
rx(pi*-0.006264458001) q[1];
rx(pi*-0.004187737501) q[2];
rx(pi*-0.006266809435) q[3];
rx(pi*0.007252953571) q[4];
rx(pi*-0.005139155283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000192165438) q[0];
rx(pi*-0.005460103026) q[1];
rx(pi*0.001067326373) q[2];
rx(pi*-0.006404719967) q[3];
rx(pi*-0.002709473789) q[4];
rx(pi*-0.004828761427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
