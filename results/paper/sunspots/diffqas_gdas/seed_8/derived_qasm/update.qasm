// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.062899292701) q[0];
ry(pi*0.130417595692) q[1];
ry(pi*0.013636009031) q[2];
ry(pi*0.002932003368) q[3];
ry(pi*0.020698205261) q[4];
ry(pi*0.318353030212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107719975874) q[0];
ry(pi*0.41508846819) q[1];
ry(pi*0.089236042051) q[2];
ry(pi*-0.000164967115) q[3];
ry(pi*0.501812973792) q[4];
ry(pi*-0.020835058062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157435518859) q[0];
ry(pi*0.036667936964) q[1];
ry(pi*-0.023958358902) q[2];
ry(pi*-0.022503891462) q[3];
ry(pi*0.024513895184) q[4];
ry(pi*-0.033852438124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12551885121) q[0];
ry(pi*0.014767997864) q[1];
ry(pi*-0.002820007832) q[2];
ry(pi*0.505797212863) q[3];
ry(pi*0.501488881316) q[4];
ry(pi*-0.005658293534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002626636401) q[0];
ry(pi*-0.001608437364) q[1];
ry(pi*-0.501990406929) q[2];
ry(pi*-0.004447820373) q[3];
ry(pi*-0.505489057495) q[4];
ry(pi*0.003785990755) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
