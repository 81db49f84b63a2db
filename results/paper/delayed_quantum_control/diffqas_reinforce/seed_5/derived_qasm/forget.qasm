// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.053670435958) q[0];
ry(pi*-0.138089216735) q[1];
ry(pi*-0.070838007344) q[2];
ry(pi*0.518500416082) q[3];
ry(pi*0.190049027073) q[4];
ry(pi*0.005106820978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.02521605286) q[0];
ry(pi*0.331427909558) q[1];
ry(pi*0.340317324872) q[2];
ry(pi*0.02464901435) q[3];
ry(pi*-0.228789195999) q[4];
ry(pi*0.067270471474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.470049103166) q[0];
ry(pi*-0.038667840069) q[1];
ry(pi*0.433563067421) q[2];
ry(pi*-0.193494762645) q[3];
ry(pi*-0.740491543772) q[4];
ry(pi*0.436302314788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.174645167056) q[0];
ry(pi*-0.380812947279) q[1];
ry(pi*-0.076891385818) q[2];
ry(pi*0.514804676613) q[3];
ry(pi*-0.475311688031) q[4];
ry(pi*-0.484743002964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.300716874647) q[0];
ry(pi*-0.183551278388) q[1];
ry(pi*-0.196576506053) q[2];
ry(pi*-0.493679205074) q[3];
ry(pi*0.457535893043) q[4];
ry(pi*-0.002117885285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
